FROM python:latest
COPY serve.py /opt/serve.py
EXPOSE 8000
CMD ["python3", "/opt/serve.py"]
