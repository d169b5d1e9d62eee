package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void globalPackagesAndTheirLinksAreCarriedToUsrLocal() {
        String text = "FROM node:18\nRUN npm install -g http-server@14 @nestjs/cli cowsay\nWORKDIR /site\nCOPY . .\nCMD [\"cowsay\", \"hi\"]\n";
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().split("node:18-slim").idempotent();
        assertEquals(List.of("COPY --from=builder /site /site", "COPY --from=builder /opt/dockwright/npm-global/ /usr/local/"),
                o.runtimeText(Keyword.COPY));
        String out = o.result.text();
        assertTrue(out.contains("RUN p=\"$(npm prefix -g)\""), out);
        assertTrue(out.contains("for m in http-server @nestjs/cli cowsay;"), "names without versions, scopes kept: " + out);
        assertTrue(out.contains("*/node_modules/http-server/*|*/node_modules/@nestjs/cli/*|*/node_modules/cowsay/*) cp -P"), out);
        assertTrue(o.change("multi-stage").reason().contains("global packages (http-server, @nestjs/cli, cowsay)"), o.change("multi-stage").reason());
    }

    @Test
    void workspacesCopyTheHoistedModulesAndEveryWorkspaceFolder() throws IOException {
        Files.createDirectories(dir.resolve("packages/lib"));
        Files.createDirectories(dir.resolve("packages/api"));
        Files.createDirectories(dir.resolve("packages/notes"));
        Files.writeString(dir.resolve("packages/lib/package.json"), "{\"name\":\"@mono/lib\",\"main\":\"index.js\"}");
        Files.writeString(dir.resolve("packages/api/package.json"), "{\"name\":\"@mono/api\"}");
        String text = "FROM node:18\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN npm run build\nCMD [\"node\", \"dist/index.js\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("package.json",
                        "{\"private\":true,\"workspaces\":[\"packages/*\"],\"scripts\":{\"build\":\"node build.js\"}}", "package-lock.json", "{}"))
                .wellFormed().split("node:18-slim")
                .copies("/app/package.json", "/app/node_modules", "/app/dist", "/app/packages/api", "/app/packages/lib").idempotent();
        assertFalse(o.result.text().contains("COPY package.json package-lock.json"), "workspace manifests are not copied first: " + o.result.text());
        assertTrue(o.change("multi-stage").reason().contains("each workspace folder (packages/api, packages/lib)"), o.change("multi-stage").reason());
    }

    @Test
    void aDevDependencyTheAppRequiresKeepsTheDevDependencies() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.createDirectories(dir.resolve("test"));
        Files.writeString(dir.resolve("src/server.js"), "const dayjs = require('dayjs');\nimport('./local.js');\nrequire('node:fs');\n");
        Files.writeString(dir.resolve("test/server.test.js"), "const jest = require('jest');\n");
        String text = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"src/server.js\"]\n";
        String pkg = "{\"dependencies\":{\"express\":\"4\"},\"devDependencies\":{\"dayjs\":\"1\",\"jest\":\"29\"}}";
        Optimized o = Optimized.project(dir, text, Map.of("package.json", pkg, "package-lock.json", "{}")).wellFormed()
                .split("node:20-slim").copies("/app");
        assertFalse(o.result.text().contains("npm prune"), o.result.text());
        String why = o.change("multi-stage").reason();
        assertTrue(why.contains("not pruned because the app loads dayjs (src/server.js)") && !why.contains("jest"), why);

        Files.writeString(dir.resolve("src/server.js"), "import express from 'express';\nimport type { X } from 'dayjs';\n");
        Optimized pruned = Optimized.of(text, dir, OptimizerOptions.defaults()).wellFormed();
        assertTrue(pruned.result.text().contains("RUN npm prune --omit=dev"), "a type-only import is erased: " + pruned.result.text());
    }

    @Test
    void thePackageManagerComesFromTheLockFileAndTheBuildFromPackageJsonsScripts() throws IOException {
        String text = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN yarn install --frozen-lockfile && yarn compile\nCMD [\"node\", \"out/main.js\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("package.json", "{\"scripts\":{\"compile\":\"tsc\"}}", "yarn.lock", ""))
                .wellFormed().split("node:20-slim").copies("/app/package.json", "/app/node_modules", "/app/out");
        assertTrue(o.result.text().contains("RUN yarn install --production --ignore-scripts --prefer-offline"), o.result.text());
        String echo = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && echo 'now run: npm run build'\nCMD [\"node\", \"dist/main.js\"]\n";
        Optimized quoted = Optimized.project(Files.createDirectories(dir.resolve("q")), echo,
                Map.of("package.json", "{\"scripts\":{\"build\":\"tsc\"}}", "package-lock.json", "{}")).wellFormed();
        quoted.copies("/app"); // `npm run build` inside quotes is no build step: the whole app folder is copied
    }
}
