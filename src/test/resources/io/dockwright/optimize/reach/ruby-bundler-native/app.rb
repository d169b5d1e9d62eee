require "bundler/setup"
require "sqlver"

puts "ruby-bundler-native: SQLite #{Sqlver.version} through a native gem"
