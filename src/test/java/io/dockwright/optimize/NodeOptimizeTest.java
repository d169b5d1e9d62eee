package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Keyword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeOptimizeTest {
    @TempDir
    Path dir;

    @Test
    void exampleWithBuildStepCopiesOutputAndProductionModules() throws IOException {
        Path example = Path.of("assets/examples/node-app");
        Optimized o = Optimized.of(Files.readString(example.resolve("Dockerfile")), example, OptimizerOptions.defaults())
                .wellFormed().split("node:18-slim").copies("/app/package.json", "/app/node_modules", "/app/dist").idempotent()
                .keeps("COPY package.json ./\nRUN npm install\n\nCOPY . .\nRUN npm run build\n");
        assertTrue(o.result.text().contains("RUN npm prune --omit=dev\n"), o.result.text());
        assertEquals(List.of("CMD [\"node\", \"dist/index.js\"]"), o.runtimeText(Keyword.CMD));
    }

    @Test
    void yarnProjectPrunesWithYarn() {
        String text = """
                FROM node:20
                WORKDIR /usr/src/app
                COPY package.json yarn.lock ./
                RUN yarn install --frozen-lockfile
                COPY . .
                RUN yarn build
                ENV NODE_ENV=production
                EXPOSE 3000
                CMD ["node", "build/server.js"]
                """;
        Optimized o = Optimized.project(dir, text, Map.of("package.json", "{\"scripts\":{\"build\":\"tsc\"}}", "yarn.lock", ""))
                .wellFormed().split("node:20-slim")
                .copies("/usr/src/app/package.json", "/usr/src/app/node_modules", "/usr/src/app/build").idempotent();
        assertTrue(o.result.text().contains("RUN yarn install --production --ignore-scripts --prefer-offline\n"), o.result.text());
        assertEquals(List.of("ENV NODE_ENV=production"), o.runtimeText(Keyword.ENV));
    }

    @Test
    void npmStartWithoutBuildCopiesTheWholeAppAndOrdersManifestsFirst() {
        String text = "FROM node:16\nWORKDIR /srv\nCOPY . .\nRUN npm ci\nCMD [\"npm\", \"start\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("package.json", "{\"scripts\":{\"start\":\"node index.js\"}}",
                        "package-lock.json", "{}"))
                .wellFormed().split("node:16-slim").copies("/srv").idempotent();
        String out = o.result.text();
        assertTrue(out.contains("COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n"), out);
        assertTrue(out.contains("RUN npm prune --omit=dev"), out);
    }

    @Test
    void pnpmPrunesWithPnpm() {
        String text = "FROM node:20-bookworm\nWORKDIR /app\nCOPY . .\nRUN corepack enable && pnpm install\nCMD [\"node\", \"server.js\"]\n";
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().split("node:20-bookworm-slim").copies("/app");
        assertTrue(o.result.text().contains("RUN pnpm prune --prod"), o.result.text());
    }
}
