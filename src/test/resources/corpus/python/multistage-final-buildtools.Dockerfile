FROM python:3.11-slim AS base
WORKDIR /app
COPY requirements.txt .

FROM base AS runtime
RUN apt-get update && apt-get install -y gcc libpq-dev && rm -rf /var/lib/apt/lists/*
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "api"]
