FROM ruby:3.2-alpine
RUN apk add --no-cache build-base postgresql-dev tzdata
WORKDIR /app
COPY Gemfile* ./
RUN bundle install
COPY . .
CMD ["bundle", "exec", "sidekiq"]
