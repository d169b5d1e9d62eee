FROM ruby:3.1
RUN apt-get update && apt-get install -y libxml2-dev libxslt1-dev
ENV NOKOGIRI_USE_SYSTEM_LIBRARIES=1
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY lib lib
COPY bin bin
CMD ["bundle", "exec", "bin/scrape"]
