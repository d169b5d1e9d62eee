FROM ruby:3.2
WORKDIR /rails
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
CMD ["bin/dev"]
