package io.dockwright.optimize.passes;

import io.dockwright.optimize.Pass;
import java.util.List;

/** The optimizer's passes in the order they run. */
public final class Passes {
    private Passes() {}

    public static List<Pass> standard() {
        return List.of(new UnusedStagesPass(), new ManifestFirstPass(), new MultiStagePass(),
                new AptPass(), new PipNoCachePass(), new NonRootUserPass());
    }
}
