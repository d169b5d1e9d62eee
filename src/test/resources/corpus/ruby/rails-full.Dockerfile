FROM ruby:3.2
RUN apt-get update -qq && apt-get install -y nodejs postgresql-client libpq-dev
WORKDIR /myapp
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
RUN bundle exec rake assets:precompile
EXPOSE 3000
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
