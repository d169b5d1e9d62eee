/**
 * Dockwright's linter: hadolint-style {@code DL} rules and BuildKit build checks over the parsed
 * {@link io.dockwright.dockerfile.Dockerfile} and its {@link io.dockwright.stages.StageGraph}. Findings are
 * {@link io.dockwright.dockerfile.Diagnostic}s whose code is the rule id, with the span of the offending word.
 * {@link io.dockwright.lint.Linter#standard()} runs every rule; inline {@code # hadolint ignore=} comments and
 * the {@code # check=skip=} directive suppress findings.
 */
package io.dockwright.lint;
