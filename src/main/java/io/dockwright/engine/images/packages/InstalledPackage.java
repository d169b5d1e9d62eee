package io.dockwright.engine.images.packages;

/**
 * A package an image's own database lists: the manager (dpkg, apk, python, npm), name, version, the bytes it
 * installs (dpkg's and apk's recorded size; for Python and npm the files found in the image) and where its
 * record lives.
 */
public record InstalledPackage(String manager, String name, String version, long bytes, String location) {
    public String key() {
        return manager + ":" + name;
    }
}
