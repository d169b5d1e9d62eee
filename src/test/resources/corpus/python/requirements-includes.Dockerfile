FROM python:3.11-slim-bookworm
WORKDIR /app
COPY requirements/ requirements/
RUN pip install -r requirements/prod.txt
COPY . .
CMD ["python", "-m", "ingest"]
