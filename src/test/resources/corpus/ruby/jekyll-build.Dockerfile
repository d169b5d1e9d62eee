FROM ruby:3.1
WORKDIR /site
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
RUN bundle exec jekyll build
CMD ["bundle", "exec", "jekyll", "serve", "--host", "0.0.0.0", "--no-watch"]
