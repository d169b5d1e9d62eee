import six

conf = dict(line.strip().split("=", 1) for line in open("/etc/greet.conf") if "=" in line)
banner = open("/usr/local/share/banner.txt").read().strip()
print("shape-outside-workdir: %s; %s; six %s" % (conf["greeting"], banner, six.__version__))
