ARG RUBY_VERSION=3.2.2
FROM ruby:$RUBY_VERSION-slim
RUN apt-get update -qq && apt-get install --no-install-recommends -y build-essential git libpq-dev
WORKDIR /rails
COPY Gemfile Gemfile.lock ./
RUN bundle install && rm -rf ~/.bundle/ /usr/local/bundle/ruby/*/cache
COPY . .
CMD ["./bin/rails", "server"]
