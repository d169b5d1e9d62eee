package io.dockwright.stages;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Span;
import io.dockwright.dockerfile.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Visual edits of the stage graph turned into plain text edits of the Dockerfile: rename a stage (its
 * references follow), change a base image, remove a stage nothing needs, add an empty stage. Numeric
 * {@code --from=N} references are renumbered when stages move. Invalid requests throw
 * {@link IllegalArgumentException} with a message for the user; nothing is half-applied.
 */
public final class StageEdits {
    private static final Pattern STAGE_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private final Dockerfile file;
    private final StageGraph graph;
    private final List<Instruction> froms;
    private final StageBlocks lines;

    public StageEdits(Dockerfile file, StageGraph graph) {
        this.file = file;
        this.graph = graph;
        this.froms = StageReferences.froms(file);
        this.lines = new StageBlocks(file);
    }

    public StageEdit rename(int index, String newName) {
        Stage stage = stage(index);
        String name = newName == null ? "" : newName.trim();
        if (!STAGE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + name + "\" is not a valid stage name: use a letter, then letters, digits, '_', '.' or '-'");
        }
        for (Stage other : graph.stages()) {
            if (other.index() != index && other.name() != null && other.name().equalsIgnoreCase(name)) {
                throw new IllegalArgumentException("A stage named \"" + other.name() + "\" already exists (line " + other.line() + ")");
            }
        }
        Instruction from = from(index);
        List<TextEdit> edits = new ArrayList<>();
        List<Word> args = from.args();
        if (args.size() >= 3 && args.get(1).value().equalsIgnoreCase("as")) {
            edits.add(replace(args.get(2).span(), name));
        } else if (!args.isEmpty()) {
            edits.add(new TextEdit(args.get(0).span().end(), args.get(0).span().end(), " AS " + name));
        } else {
            throw new IllegalArgumentException("Stage " + index + " has no base image to name");
        }
        if (stage.name() != null) {
            for (StageReferences.Ref ref : StageReferences.find(file)) {
                if (ref.span().start() > from.span().end() && ref.value().equalsIgnoreCase(stage.name())) {
                    edits.add(replace(ref.span(), name));
                }
            }
        }
        return new StageEdit("Rename stage " + stage.label() + " to " + name, edits);
    }

    public StageEdit changeBase(int index, String image) {
        stage(index);
        String base = image == null ? "" : image.trim();
        if (base.isEmpty() || base.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("\"" + base + "\" is not an image reference");
        }
        Instruction from = from(index);
        if (from.args().isEmpty()) throw new IllegalArgumentException("Stage " + index + " has no base image");
        return new StageEdit("Change base of stage " + stage(index).label() + " to " + base,
                List.of(replace(from.args().get(0).span(), base)));
    }

    public StageEdit remove(int index) {
        Stage stage = stage(index);
        for (Edge e : graph.edges()) {
            if (e.fromStage() != null && e.fromStage() == index && e.to() != index) {
                throw new IllegalArgumentException("Stage " + stage.label() + " is used by stage "
                        + graph.stages().get(e.to()).label() + " (line " + e.line() + ")");
            }
        }
        if (index == graph.target()) {
            throw new IllegalArgumentException("Stage " + stage.label() + " is the build target; choose another target first");
        }
        List<TextEdit> edits = new ArrayList<>(List.of(lines.removal(stage, next(index))));
        edits.addAll(renumber(index, -1));
        return new StageEdit("Remove stage " + stage.label(), edits);
    }

    public StageEdit addAfter(int index, String image, String name) {
        Stage stage = stage(index);
        String base = image == null ? "" : image.trim();
        if (base.isEmpty() || base.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("\"" + base + "\" is not an image reference");
        }
        String stageName = name == null ? "" : name.trim();
        if (!stageName.isEmpty()) {
            if (!STAGE_NAME.matcher(stageName).matches()) throw new IllegalArgumentException("\"" + stageName + "\" is not a valid stage name");
            if (graph.stages().stream().anyMatch(s -> stageName.equalsIgnoreCase(s.name()))) {
                throw new IllegalArgumentException("A stage named \"" + stageName + "\" already exists");
            }
        }
        String from = "FROM " + base + (stageName.isEmpty() ? "" : " AS " + stageName);
        List<TextEdit> edits = new ArrayList<>(List.of(lines.insertionAfter(stage, from)));
        edits.addAll(renumber(index, +1));
        return new StageEdit("Add stage " + (stageName.isEmpty() ? "" : stageName + " ") + "after " + stage.label(), edits);
    }

    /** A name not used by any stage: {@code prefix}, else {@code prefix-2}, {@code prefix-3}... */
    public String freshName(String prefix) {
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? prefix : prefix + "-" + n;
            if (graph.stages().stream().noneMatch(s -> candidate.equalsIgnoreCase(s.name()))) return candidate;
        }
    }

    /** Numeric stage references above {@code index}, in the stages after it, shift by {@code delta}. */
    private List<TextEdit> renumber(int index, int delta) {
        List<TextEdit> edits = new ArrayList<>();
        int after = from(index).span().end();
        for (StageReferences.Ref ref : StageReferences.find(file)) {
            if (ref.kind() == EdgeKind.FROM || ref.span().start() < after || !NUMBER.matcher(ref.value()).matches()) continue;
            long n = Long.parseLong(ref.value().length() > 9 ? "-1" : ref.value());
            if (n > index) edits.add(replace(ref.span(), Long.toString(n + delta)));
        }
        return edits;
    }

    private Stage next(int index) {
        return index + 1 < graph.stages().size() ? graph.stages().get(index + 1) : null;
    }

    private Stage stage(int index) {
        if (index < 0 || index >= graph.stages().size()) throw new IllegalArgumentException("No stage " + index);
        return graph.stages().get(index);
    }

    private Instruction from(int index) {
        Stage stage = stage(index);
        return froms.stream().filter(f -> f.span().start() == stage.span().start()).findFirst()
                .orElseGet(() -> {
                    if (index < froms.size()) return froms.get(index);
                    throw new IllegalArgumentException("Stage " + stage.label() + " has no FROM instruction");
                });
    }

    private static TextEdit replace(Span span, String text) {
        return new TextEdit(span.start(), span.end(), text);
    }
}
