module Greeter
  def self.line
    "shape-gem: hello from a gem in #{Gem.dir} (ruby #{RUBY_VERSION})"
  end
end
