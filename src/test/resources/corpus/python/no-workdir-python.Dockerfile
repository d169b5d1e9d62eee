FROM python:3.9
COPY requirements.txt /
RUN pip install -r /requirements.txt
COPY scraper.py /
CMD ["python", "/scraper.py"]
