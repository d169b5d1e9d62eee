package io.dockwright.engine.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names, labels and clean-up of throw-away containers. Each container carries the label
 * {@value #PURPOSE_LABEL}={@code purpose} and {@value #OWNER_LABEL}={@code host/pid/runner}, and a name
 * {@code dockwright-PURPOSE-RUNNER-N-ROLE}. A container this runner could not remove (the engine was lost)
 * is remembered and removed by the next {@link #sweep}; so is any container of the same purpose whose owner
 * process on this host is gone, and any older than {@link #MAX_AGE} (an owner on another host). Containers
 * of a live runner are never touched.
 */
public final class Leftovers {
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);
    public static final String PURPOSE_LABEL = "io.dockwright.throwaway";
    public static final String OWNER_LABEL = "io.dockwright.owner";
    /** Longer than any throw-away container lives. */
    public static final Duration MAX_AGE = Duration.ofHours(1);
    private static final String HOST = hostName();

    private final String purpose;
    private final String runnerId = UUID.randomUUID().toString().substring(0, 8);
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private int sequence;

    public Leftovers(String purpose) {
        if (!purpose.matches("[a-z0-9][a-z0-9-]*")) throw new IllegalArgumentException("purpose: lower-case letters, digits, '-'");
        this.purpose = purpose;
    }

    public String purpose() {
        return purpose;
    }

    /** The labels every container of this runner gets. */
    public Map<String, String> labels() {
        return Map.of(PURPOSE_LABEL, purpose, OWNER_LABEL, owner());
    }

    String owner() {
        return HOST + "/" + ProcessHandle.current().pid() + "/" + runnerId;
    }

    synchronized String nextName(String role) {
        String safe = role.replaceAll("[^a-zA-Z0-9_.-]", "-");
        return "dockwright-" + purpose + "-" + runnerId + "-" + (++sequence) + "-" + safe;
    }

    void started(String id) {
        live.add(id);
    }

    /** Removes the container (force, with its anonymous volumes); remembers it when the engine does not answer. */
    void remove(DockerClient client, String id) {
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
            pending.remove(id);
        } catch (NotFoundException gone) {
            LOG.debug("Throw-away container {} was gone before its removal", id);
            pending.remove(id);
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("already in progress")) {
                LOG.debug("Throw-away container {} is being removed already", id);
            } else {
                LOG.warn("Cannot remove throw-away container {} now; removed by the next sweep", id, e);
                pending.add(id);
            }
        } finally {
            live.remove(id);
        }
    }

    /** Ids this runner still has to remove. */
    public Set<String> pending() {
        return Set.copyOf(pending);
    }

    /**
     * Removes the leftovers (see the class comment); returns how many were removed.
     *
     * @throws RuntimeException when the engine does not answer the listing
     */
    public int sweep(DockerClient client) {
        List<Container> all = client.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(PURPOSE_LABEL, purpose)).exec();
        int removed = 0;
        for (Container c : all) {
            if (live.contains(c.getId()) || !isLeftover(c)) continue;
            remove(client, c.getId());
            if (!pending.contains(c.getId())) removed++;
        }
        if (removed > 0) LOG.info("Removed {} leftover throw-away containers ({})", removed, purpose);
        return removed;
    }

    private boolean isLeftover(Container c) {
        if (pending.contains(c.getId())) return true;
        String owner = c.getLabels() == null ? null : c.getLabels().get(OWNER_LABEL);
        if (owner == null) return false;
        if (owner.endsWith("/" + runnerId)) return true; // ours, not live: a run that could not clean up
        boolean old = c.getCreated() != null
                && Instant.ofEpochSecond(c.getCreated()).isBefore(Instant.now().minus(MAX_AGE));
        String[] parts = owner.split("/");
        if (parts.length != 3 || !parts[0].equals(HOST)) return old;
        try {
            return old || ProcessHandle.of(Long.parseLong(parts[1])).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return old;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName().replace('/', '-');
        } catch (Exception e) {
            LOG.warn("No host name for the owner label of throw-away containers", e);
            return "unknown-host";
        }
    }
}
