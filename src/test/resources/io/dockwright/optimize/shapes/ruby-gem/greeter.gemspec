Gem::Specification.new do |s|
  s.name = "greeter"
  s.version = "1.0.0"
  s.summary = "Prints a greeting"
  s.authors = ["Dockwright"]
  s.files = ["lib/greeter.rb", "exe/greeter"]
  s.bindir = "exe"
  s.executables = ["greeter"]
  s.license = "MIT"
end
