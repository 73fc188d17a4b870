// Resumable uploads (tus 1.0) for forms with a [data-uploader] box. Each chosen file starts at once, in chunks; a
// progress bar per file; pause and resume; after a dropped connection it asks the server how far it got and goes
// on from there, retrying by itself (also after the page is reloaded and the same file chosen again). When a file
// is complete its media id goes into a hidden field, so the form only carries ids. Without JavaScript the form's
// plain file fields are used instead.
(function () {
  'use strict';
  var CHUNK = 4 * 1024 * 1024;
  var BACKOFF = [1, 2, 4, 8, 15, 30];

  function base64(text) {
    return btoa(unescape(encodeURIComponent(text)));
  }

  function humanSize(bytes) {
    if (bytes >= 1073741824) { return (bytes / 1073741824).toFixed(1) + ' GB'; }
    if (bytes >= 1048576) { return (bytes / 1048576).toFixed(1) + ' MB'; }
    return Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  document.querySelectorAll('[data-uploader]').forEach(function (box) {
    var form = box.closest('form');
    var fallback = form.querySelector('[data-uploader-fallback]');
    var input = box.querySelector('input[type=file]');
    var list = box.querySelector('[data-uploader-list]');
    var warning = box.querySelector('[data-uploader-warning]');
    var endpoint = box.getAttribute('data-endpoint');
    var csrf = form.querySelector('input[name=_csrf]');
    var items = [];

    function text(name, arg) {
      return (box.getAttribute('data-msg-' + name) || name).replace('{0}', arg);
    }

    box.hidden = false;
    if (fallback) {
      // A disabled fieldset's fields are not sent: the ids of the uploaded files replace them.
      fallback.hidden = true;
      fallback.disabled = true;
    }

    list.querySelectorAll('[data-uploaded]').forEach(function (row) {
      row.querySelector('[data-remove]').addEventListener('click', function () { row.remove(); });
    });

    input.addEventListener('change', function () {
      Array.prototype.forEach.call(input.files, add);
      input.value = '';
    });

    form.addEventListener('submit', function (event) {
      var running = items.filter(function (item) { return !item.done && !item.failed; }).length;
      if (running > 0) {
        event.preventDefault();
        warning.textContent = text('still-running');
        warning.hidden = false;
      }
    });

    window.addEventListener('online', function () {
      items.forEach(function (item) {
        if (item.timer) { clearTimeout(item.timer); item.timer = null; resync(item); }
      });
    });

    function add(file) {
      var row = document.createElement('li');
      row.className = 'upload';
      var name = document.createElement('span');
      name.className = 'upload-name';
      name.textContent = file.name + ' (' + humanSize(file.size) + ')';
      var bar = document.createElement('progress');
      bar.max = 100;
      bar.value = 0;
      bar.setAttribute('aria-label', file.name);
      var status = document.createElement('span');
      status.className = 'upload-status';
      status.setAttribute('role', 'status');
      status.textContent = text('waiting');
      var pause = document.createElement('button');
      pause.type = 'button';
      pause.textContent = text('pause');
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = text('remove');
      var caption = document.createElement('input');
      caption.type = 'text';
      caption.name = 'uploadedCaptions';
      caption.maxLength = 500;
      caption.placeholder = box.getAttribute('data-msg-caption');
      caption.setAttribute('aria-label', box.getAttribute('data-msg-caption') + ': ' + file.name);
      var id = document.createElement('input');
      id.type = 'hidden';
      id.name = 'uploaded';
      var label = document.createElement('input');
      label.type = 'hidden';
      label.name = 'uploadedNames';
      label.value = file.name;
      [name, bar, status, pause, remove, caption, id, label].forEach(function (el) { row.appendChild(el); });
      list.appendChild(row);

      var item = {
        file: file, row: row, bar: bar, status: status, pause: pause, id: id, url: null, offset: 0,
        paused: false, done: false, failed: false, attempt: 0, xhr: null, timer: null,
        key: 'warta-upload:' + file.name + ':' + file.size + ':' + file.lastModified
      };
      items.push(item);
      pause.addEventListener('click', function () {
        if (item.paused) {
          item.paused = false;
          pause.textContent = text('pause');
          resync(item);
        } else {
          item.paused = true;
          pause.textContent = text('resume');
          status.textContent = text('paused');
          if (item.xhr) { item.xhr.abort(); }
          if (item.timer) { clearTimeout(item.timer); item.timer = null; }
        }
      });
      remove.addEventListener('click', function () {
        item.paused = true;
        if (item.xhr) { item.xhr.abort(); }
        if (item.url && !item.done) { request('DELETE', item.url, {}, null, function () {}); }
        try { localStorage.removeItem(item.key); } catch (e) { /* private mode */ }
        items.splice(items.indexOf(item), 1);
        row.remove();
      });
      var known = null;
      try { known = localStorage.getItem(item.key); } catch (e) { known = null; }
      if (known) {
        item.url = known;
        resync(item);
      } else {
        create(item);
      }
    }

    function request(method, url, headers, body, done, progress) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      xhr.setRequestHeader('Tus-Resumable', '1.0.0');
      if (csrf) { xhr.setRequestHeader('X-CSRF-TOKEN', csrf.value); }
      Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
      if (progress) { xhr.upload.onprogress = progress; }
      xhr.onload = function () { done(xhr); };
      xhr.onerror = function () { done(null); };
      xhr.ontimeout = function () { done(null); };
      xhr.send(body);
      return xhr;
    }

    function create(item) {
      item.status.textContent = text('sending', '0%');
      item.xhr = request('POST', endpoint, {
        'Upload-Length': String(item.file.size),
        'Upload-Metadata': 'filename ' + base64(item.file.name) + ',filetype ' + base64(item.file.type || '')
      }, null, function (xhr) {
        if (xhr && xhr.status === 201) {
          item.url = xhr.getResponseHeader('Location');
          try { localStorage.setItem(item.key, item.url); } catch (e) { /* private mode: no resume after reload */ }
          send(item);
        } else {
          trouble(item, xhr, function () { create(item); });
        }
      });
    }

    // Asks the server how much it has, then goes on from there.
    function resync(item) {
      if (item.paused || item.done) { return; }
      item.xhr = request('HEAD', item.url, {}, null, function (xhr) {
        if (xhr && xhr.status === 200) {
          item.offset = parseInt(xhr.getResponseHeader('Upload-Offset'), 10);
          var media = xhr.getResponseHeader('Warta-Media-Id');
          if (media) { finished(item, media); } else { send(item); }
        } else if (xhr && (xhr.status === 404 || xhr.status === 410)) {
          try { localStorage.removeItem(item.key); } catch (e) { /* ignore */ }
          item.url = null;
          item.offset = 0;
          create(item);
        } else {
          trouble(item, xhr, function () { resync(item); });
        }
      });
    }

    function send(item) {
      if (item.paused || item.done) { return; }
      var end = Math.min(item.offset + CHUNK, item.file.size);
      var start = item.offset;
      item.xhr = request('PATCH', item.url, {
        'Upload-Offset': String(start),
        'Content-Type': 'application/offset+octet-stream'
      }, item.file.slice(start, end), function (xhr) {
        if (xhr && xhr.status === 204) {
          item.attempt = 0;
          item.offset = parseInt(xhr.getResponseHeader('Upload-Offset'), 10);
          show(item, item.offset);
          var media = xhr.getResponseHeader('Warta-Media-Id');
          if (media) { finished(item, media); } else { send(item); }
        } else if (xhr && xhr.status === 409) {
          resync(item);
        } else {
          trouble(item, xhr, function () { resync(item); });
        }
      }, function (event) {
        if (event.lengthComputable) { show(item, start + event.loaded); }
      });
    }

    function show(item, sent) {
      var percent = item.file.size ? Math.floor(sent * 100 / item.file.size) : 100;
      item.bar.value = percent;
      if (!item.paused) { item.status.textContent = text('sending', percent + '%'); }
    }

    function finished(item, media) {
      item.done = true;
      item.id.value = media;
      item.bar.value = 100;
      item.status.textContent = text('done');
      item.pause.hidden = true;
      item.row.classList.add('done');
      try { localStorage.removeItem(item.key); } catch (e) { /* ignore */ }
    }

    // A refusal (the file is wrong) stops with the server's reason; anything else is retried, patiently.
    function trouble(item, xhr, again) {
      if (item.paused) { return; }
      if (xhr && (xhr.status === 413 || xhr.status === 415 || xhr.status === 422 || xhr.status === 400)) {
        var reason = text('failed');
        try { reason = JSON.parse(xhr.responseText).title || reason; } catch (e) { /* not JSON */ }
        item.failed = true;
        item.row.classList.add('failed');
        item.status.textContent = text('failed') + ': ' + reason;
        item.pause.hidden = true;
        try { localStorage.removeItem(item.key); } catch (e) { /* ignore */ }
        return;
      }
      if (xhr && (xhr.status === 401 || xhr.status === 403)) {
        item.status.textContent = text('session');
        item.paused = true;
        item.pause.textContent = text('resume');
        return;
      }
      var wait = BACKOFF[Math.min(item.attempt, BACKOFF.length - 1)];
      item.attempt++;
      item.status.textContent = text('retrying', wait);
      item.timer = setTimeout(function () { item.timer = null; again(); }, wait * 1000);
    }
  });
}());
