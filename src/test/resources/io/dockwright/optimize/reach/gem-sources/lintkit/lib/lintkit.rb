module Lintkit
  def self.check(text) = text.lines.count { |l| l.length > 100 }
end
