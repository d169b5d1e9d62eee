FROM ruby:3.2-slim
RUN apt-get update && apt-get install -y build-essential libsqlite3-dev libyaml-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle config set without 'development test' && bundle install
COPY . .
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
