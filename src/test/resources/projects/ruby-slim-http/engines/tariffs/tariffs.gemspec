Gem::Specification.new do |s|
  s.name    = "tariffs"
  s.version = "2.3.0"
  s.summary = "Parking tariff rules"
  s.authors = ["Mobility team"]
  s.files   = Dir["lib/**/*.rb"]
end
