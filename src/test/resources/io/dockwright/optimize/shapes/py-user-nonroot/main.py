import getpass
import os
import six

where = os.path.relpath(six.__file__, os.path.expanduser("~"))
print(f"shape-user-site: {getpass.getuser()} runs six {six.__version__} from ~/{where}")
