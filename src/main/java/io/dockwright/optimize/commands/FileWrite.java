package io.dockwright.optimize.commands;

/**
 * A path a RUN's command leaves in the image.
 *
 * @param path    absolute path
 * @param how     what wrote it ({@code ln -s}, {@code a redirect}, {@code cp}...)
 * @param command the command
 * @param repeatable true when the command is cheap and needs no build tool ({@code mkdir}, {@code ln}, {@code chown},
 *                   {@code touch}), so the runtime stage can run it again instead of copying the result
 */
public record FileWrite(String path, String how, ShellCommand command, boolean repeatable) {}
