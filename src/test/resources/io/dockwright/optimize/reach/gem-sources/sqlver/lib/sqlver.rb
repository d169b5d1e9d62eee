require "sqlver/sqlver"
