module TallyTable
  # "a=1 b=2" from a hash, keys in order
  def self.pairs(hash)
    hash.map { |k, v| "#{k}=#{v}" }.join(" ")
  end
end
