import six
print("shape-arg-base: six %s on a base chosen by a build argument" % six.__version__)
