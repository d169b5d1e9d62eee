FROM ruby:3.1
WORKDIR /opt/tools
COPY rotate_logs.rb .
CMD ["ruby", "rotate_logs.rb"]
