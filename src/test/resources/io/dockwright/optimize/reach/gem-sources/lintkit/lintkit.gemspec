Gem::Specification.new do |s|
  s.name = "lintkit"
  s.version = "0.1.0"
  s.summary = "A development-only helper (stands in for rubocop or rspec)"
  s.authors = ["Dockwright tests"]
  s.files = ["lib/lintkit.rb"]
  s.license = "MIT"
end
