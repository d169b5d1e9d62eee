/**
 * The checks of BuildKit's {@code frontend/dockerfile/instructions} package: what each instruction must have
 * (its arguments, its {@code --flags} and their values, HEALTHCHECK's durations, RUN's mounts) and that every
 * instruction but ARG comes after a FROM, raised with BuildKit's wording before the engine runs a single step.
 *
 * <p>The reference is the engine Dockwright is tested against, Docker Engine 20.10 (it vendors BuildKit 0.8's
 * package for its classic builder and its BuildKit). Where a newer BuildKit accepts what 20.10 rejects (flags such
 * as {@code COPY --link}, {@code HEALTHCHECK --retries=0}, mount keys such as {@code size}), the finding is a
 * warning with code {@code newer-buildkit} that quotes 20.10's error, so a file meant for a newer engine is not
 * refused. {@link io.dockwright.dockerfile.DockerfileParser} adds these diagnostics to every parse.
 */
package io.dockwright.dockerfile.instructions;
