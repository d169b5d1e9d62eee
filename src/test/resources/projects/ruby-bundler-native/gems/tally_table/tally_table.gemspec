Gem::Specification.new do |s|
  s.name        = "tally_table"
  s.version     = "0.3.1"
  s.summary     = "Plain-text summary lines for reports"
  s.authors     = ["Search team"]
  s.license     = "MIT"
  s.files       = Dir["lib/**/*.rb"]
  s.require_paths = ["lib"]
end
