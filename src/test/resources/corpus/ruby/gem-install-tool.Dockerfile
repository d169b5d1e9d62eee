FROM ruby:3.1
RUN gem install rubocop -v 1.60.0
WORKDIR /code
ENTRYPOINT ["rubocop"]
