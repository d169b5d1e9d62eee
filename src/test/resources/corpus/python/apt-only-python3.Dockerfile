FROM debian:bookworm
RUN apt-get update && apt-get install -y python3 python3-yaml python3-requests && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/sync
COPY sync.py .
CMD ["python3", "sync.py"]
