import click
import six

print(f"shape-includes: six {six.__version__} and click {click.__version__} from included requirement files")
