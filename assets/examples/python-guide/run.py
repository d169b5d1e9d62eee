"""The guide's tiny Python app: prints one checkable line using its dependency."""
import six

print("python-guide: hello from Python %d (six %s)" % (six.PY3 and 3 or 2, six.__version__))
