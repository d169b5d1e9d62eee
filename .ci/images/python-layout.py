"""Gives Debian's Python 3.11 the install layout of the official python images (stand-ins only).

The official images install pip packages into /usr/local/lib/pythonX.Y/site-packages and, with --prefix=P,
into P/lib/pythonX.Y/site-packages. Debian's interpreter uses its 'posix_local' scheme instead
(/usr/local/lib/python3.11/dist-packages, and P/local/lib/... under a prefix). The stand-in images symlink
dist-packages to site-packages and run this from sitecustomize: an install into an explicit prefix uses
P/lib/pythonSITE/site-packages and P/bin, as the official images do.
Usage at build time: python3 python-layout.py SITE_VERSION >> /etc/python3.11/sitecustomize.py
"""
import sys

HOOK = '''
# dockwright stand-in: an explicit --prefix installs as the official python images do (see python-layout.py)
def _dockwright_prefix_layout():
    import sysconfig
    local = sysconfig._INSTALL_SCHEMES["posix_local"]
    prefixed = dict(local, purelib="{base}/lib/python%(site)s/site-packages",
                    platlib="{platbase}/lib/python%(site)s/site-packages", scripts="{base}/bin", data="{base}")
    sysconfig._INSTALL_SCHEMES["dockwright_prefix"] = prefixed
    get_paths = sysconfig.get_paths

    def paths(scheme=None, vars=None, expand=True):
        if (scheme or sysconfig.get_default_scheme()) == "posix_local" and vars and vars.get("base"):
            scheme = "dockwright_prefix"
        return get_paths(scheme, vars, expand)

    sysconfig.get_paths = paths


_dockwright_prefix_layout()
'''

if __name__ == "__main__":
    print(HOOK % {"site": sys.argv[1]})
