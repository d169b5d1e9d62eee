FROM python:3.11-slim
RUN useradd -m appuser
USER appuser
WORKDIR /home/appuser/app
COPY --chown=appuser requirements.txt .
RUN pip install --user -r requirements.txt
ENV PATH=/home/appuser/.local/bin:$PATH
COPY --chown=appuser . .
CMD ["celery", "-A", "tasks", "worker", "--loglevel=info"]
