package io.dockwright.engine.images;

import com.github.dockerjava.transport.DockerHttpClient;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an image is read from. */
public sealed interface ImageSource {
    /** Shown in results and messages. */
    String describe();

    /** An image the engine has, streamed from {@code GET /images/{name}/get} (what {@code docker save} reads). */
    record Engine(DockerHttpClient http, String image) implements ImageSource {
        @Override
        public String describe() {
            return image;
        }
    }

    /** A {@code docker save} tarball or an OCI image layout archive, optionally gzip-compressed. */
    record Archive(Path file) implements ImageSource {
        @Override
        public String describe() {
            return file.toString();
        }
    }

    /** An OCI image layout directory ({@code oci-layout}, {@code index.json}, {@code blobs/}). */
    record OciDirectory(Path directory) implements ImageSource {
        @Override
        public String describe() {
            return directory.toString();
        }
    }

    /** A directory for an OCI layout, any other existing file for an archive. */
    static ImageSource ofPath(Path path) {
        return Files.isDirectory(path) ? new OciDirectory(path) : new Archive(path);
    }
}
