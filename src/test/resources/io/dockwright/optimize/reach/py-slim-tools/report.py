import yamlver

print(f"py-slim-tools: libyaml {yamlver.version()} through a C extension")
