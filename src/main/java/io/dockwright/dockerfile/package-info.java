/**
 * The Dockerfile language core: a lossless, error-tolerant parser that reads files exactly as BuildKit's parser
 * does, and shell-word expansion.
 *
 * <p>{@link io.dockwright.dockerfile.DockerfileParser#parse(byte[])} never throws. The result keeps every char:
 * its {@link io.dockwright.dockerfile.Token}s cover the text without gap or overlap (so {@code print()} and
 * {@code encode()} give the input back), and every instruction, flag, word, pair and heredoc carries a
 * {@link io.dockwright.dockerfile.Span} of char offsets. Problems are {@link io.dockwright.dockerfile.Diagnostic}s
 * with stable codes; those BuildKit's parser itself rejects are listed in
 * {@link io.dockwright.dockerfile.DockerfileParser#BUILDKIT_PARSE_ERRORS}, and the checks of BuildKit's
 * instructions package that every parse runs next ({@code io.dockwright.dockerfile.instructions}) add theirs.
 *
 * <p>{@link io.dockwright.dockerfile.Instruction#args()} holds what BuildKit's AST holds (continuations removed,
 * JSON strings decoded, ENV/LABEL as name/value/separator triples), which
 * {@link io.dockwright.dockerfile.BuildkitDump} prints in BuildKit's own dump format.
 */
package io.dockwright.dockerfile;
