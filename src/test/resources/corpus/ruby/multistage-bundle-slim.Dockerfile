FROM ruby:3.2 AS gems
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle config set deployment true && bundle config set without 'development test' && bundle install

FROM ruby:3.2
WORKDIR /app
COPY --from=gems /app /app
COPY --from=gems /usr/local/bundle /usr/local/bundle
COPY . .
CMD ["bundle", "exec", "rackup", "-o", "0.0.0.0"]
