Gem::Specification.new do |s|
  s.name = "sqlver"
  s.version = "0.1.0"
  s.summary = "The version of the SQLite library a native extension links"
  s.authors = ["Dockwright tests"]
  s.files = ["lib/sqlver.rb", "ext/sqlver/extconf.rb", "ext/sqlver/sqlver.c"]
  s.extensions = ["ext/sqlver/extconf.rb"]
  s.license = "MIT"
end
