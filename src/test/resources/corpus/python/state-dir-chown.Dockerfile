FROM python:3.11
RUN useradd --system --uid 10001 queue && mkdir -p /var/lib/queue && chown queue /var/lib/queue
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
USER queue
VOLUME /var/lib/queue
CMD ["python", "consumer.py"]
