import ctypes.util
import pwd
import os
import six

state = "/var/lib/counter/count"
with open(state, "w") as f:
    f.write("1")
user = pwd.getpwuid(os.getuid()).pw_name
home = pwd.getpwnam(user).pw_dir
print("shape-user: running as %s (home %s, exists %s), state written, libffi %s, six %s"
      % (user, home, os.path.isdir(home), ctypes.util.find_library("ffi") is not None, six.__version__))
