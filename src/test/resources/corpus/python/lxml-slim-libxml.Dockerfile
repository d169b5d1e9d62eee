FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends gcc libxml2-dev libxslt1-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/feeds
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY feeds/ feeds/
CMD ["python", "-m", "feeds.poll"]
