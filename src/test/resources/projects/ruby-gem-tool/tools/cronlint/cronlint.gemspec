require_relative "lib/cronlint/version"

Gem::Specification.new do |s|
  s.name        = "cronlint"
  s.version     = Cronlint::VERSION
  s.summary     = "Checks crontab files: field ranges, schedules that never run, overlapping jobs"
  s.authors     = ["Platform team"]
  s.license     = "MIT"
  s.files       = Dir["lib/**/*.rb", "exe/*"]
  s.bindir      = "exe"
  s.executables = ["cronlint"]
  s.required_ruby_version = ">= 3.0"
end
