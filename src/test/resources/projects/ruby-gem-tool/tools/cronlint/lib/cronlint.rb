require "cronlint/version"

module Cronlint
  FIELDS = [["minute", 0, 59], ["hour", 0, 23], ["day", 1, 31], ["month", 1, 12], ["weekday", 0, 7]].freeze
  MONTH_DAYS = [nil, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].freeze

  Entry = Struct.new(:line, :fields, :command)

  def self.parse(text)
    text.each_line.with_index(1).filter_map do |raw, n|
      line = raw.strip
      next if line.empty? || line.start_with?("#") || line.match?(/\A[A-Z_]+=/)
      parts = line.split(/\s+/, 6)
      Entry.new(n, parts[0, 5], parts[5].to_s)
    end
  end

  # values a field allows, or an error message
  def self.expand(spec, name, lo, hi)
    spec.split(",").flat_map do |item|
      range, step = item.split("/", 2)
      step = step ? Integer(step) : 1
      a, b = range == "*" ? [lo, hi] : range.split("-", 2).map { |v| Integer(v) }
      b ||= step > 1 ? hi : a
      raise ArgumentError, "#{name} #{item} outside #{lo}-#{hi}" if a < lo || b > hi || a > b
      (a..b).step(step).to_a
    end
  rescue ArgumentError => e
    raise ArgumentError, e.message.start_with?(name) ? e.message : "#{name} #{spec} is not a number"
  end

  def self.check(entry)
    values = FIELDS.each_with_index.map { |(name, lo, hi), i| expand(entry.fields[i], name, lo, hi) }
    days, months = values[2], values[3]
    if entry.fields[4] == "*" && months.all? { |m| days.min > MONTH_DAYS[m] }
      return "never runs (day #{days.min} in months #{months.join(',')})"
    end
    nil
  rescue ArgumentError => e
    e.message
  end
end
