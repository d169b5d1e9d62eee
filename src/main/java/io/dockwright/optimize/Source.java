package io.dockwright.optimize;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import io.dockwright.lint.LintContext;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.Stage;
import io.dockwright.stages.StageGraph;
import io.dockwright.stages.StageGraphBuilder;
import java.util.List;
import java.util.stream.Collectors;

/** A parsed Dockerfile plus its stage graph, with the offset and line helpers the passes share. */
public final class Source {
    public final String text;
    public final Dockerfile df;
    public final StageGraph graph;
    public final String nl;
    /** The build's target and build arguments the graph was resolved with. */
    public final GraphOptions build;
    private LintContext lint;

    public Source(String text) {
        this(text, GraphOptions.DEFAULT);
    }

    public Source(String text, GraphOptions build) {
        this.text = text;
        this.build = build == null ? GraphOptions.DEFAULT : build;
        this.df = DockerfileParser.parse(text);
        this.graph = StageGraphBuilder.build(df, this.build);
        this.nl = text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The lint package's view of the file, for its quote-aware splitting of RUN scripts. */
    public LintContext lint() {
        if (lint == null) lint = new LintContext(df, graph);
        return lint;
    }

    public int line(int offset) { return df.position(offset).line(); }

    public int firstLine(Instruction i) { return line(i.span().start()); }

    public int lastLine(Instruction i) { return line(Math.max(i.span().start(), i.span().end() - 1)); }

    public LineRange lines(Instruction i) { return new LineRange(firstLine(i), lastLine(i)); }

    public String text(Instruction i) { return text.substring(i.span().start(), i.span().end()); }

    /** Start of the instruction's line, or of the comment lines directly above it. */
    public int blockStart(Instruction i) {
        int start = df.lineStart(firstLine(i));
        while (start > 0) {
            int prevStart = text.lastIndexOf('\n', start - 2) + 1;
            String prev = text.substring(prevStart, start).strip();
            if (!prev.startsWith("#") || isDirectiveLine(prevStart)) break;
            start = prevStart;
        }
        return start;
    }

    private boolean isDirectiveLine(int offset) {
        return df.directives().stream().anyMatch(d -> d.span().start() >= offset && d.span().start() < text.indexOf('\n', offset) + 1);
    }

    /** Just after the newline that ends the instruction (or the end of the text). */
    public int blockEnd(Instruction i) {
        int nlAt = text.indexOf('\n', i.span().end());
        return nlAt < 0 ? text.length() : nlAt + 1;
    }

    /** The instruction with the comment lines above it and its line end, as written. */
    public String block(Instruction i) {
        String b = text.substring(blockStart(i), blockEnd(i));
        return b.endsWith("\n") ? b : b + nl;
    }

    public List<Instruction> instructions(Stage stage) {
        return df.instructions().stream()
                .filter(i -> i.span().start() >= stage.span().start() && i.span().start() < stage.span().end())
                .toList();
    }

    /** The command of a RUN/CMD/ENTRYPOINT as one string (shell form as written, exec form joined by spaces). */
    public static String command(Instruction i) {
        String cmd = i.args().stream().map(Word::value).collect(Collectors.joining(" "));
        if (i.heredocs().isEmpty()) return cmd;
        return cmd + "\n" + i.heredocs().stream().map(h -> h.body()).collect(Collectors.joining("\n"));
    }
}
