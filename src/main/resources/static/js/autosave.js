// Keeps what is typed in a form marked data-autosave in this browser, so that a dropped connection, a closed tab
// or a refused save never loses text. The server still keeps every saved revision; this covers what was not saved.
(function () {
  'use strict';
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== '_csrf' && el.name !== 'version' &&
        ['password', 'file', 'hidden', 'submit', 'button'].indexOf(el.type) < 0;
    });
  }
  function snapshot(form) {
    var data = {};
    fields(form).forEach(function (el) {
      data[el.name + '#' + (el.type === 'checkbox' ? el.value : '')] =
        el.type === 'checkbox' ? el.checked : el.value;
    });
    return data;
  }
  function restore(form, data) {
    fields(form).forEach(function (el) {
      var key = el.name + '#' + (el.type === 'checkbox' ? el.value : '');
      if (Object.prototype.hasOwnProperty.call(data, key)) {
        if (el.type === 'checkbox') { el.checked = data[key]; } else { el.value = data[key]; }
      }
    });
  }
  document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    var key = 'warta-autosave:' + form.getAttribute('data-autosave');
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { saved = null; }
    if (saved && JSON.stringify(saved.data) !== JSON.stringify(snapshot(form))) {
      var notice = document.createElement('div');
      notice.className = 'flash notice autosave';
      notice.setAttribute('role', 'status');
      var text = document.createElement('p');
      text.textContent = form.getAttribute('data-autosave-found') + ' ' + new Date(saved.at).toLocaleString();
      var use = document.createElement('button');
      use.type = 'button';
      use.textContent = form.getAttribute('data-autosave-restore');
      var drop = document.createElement('button');
      drop.type = 'button';
      drop.textContent = form.getAttribute('data-autosave-discard');
      use.addEventListener('click', function () { restore(form, saved.data); notice.remove(); });
      drop.addEventListener('click', function () { localStorage.removeItem(key); notice.remove(); });
      notice.appendChild(text); notice.appendChild(use); notice.appendChild(drop);
      form.parentNode.insertBefore(notice, form);
    }
    var timer = null;
    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        try { localStorage.setItem(key, JSON.stringify({ at: Date.now(), data: snapshot(form) })); } catch (e) { /* storage full or disabled */ }
      }, 800);
    });
    form.addEventListener('submit', function () {
      clearTimeout(timer);
      try { localStorage.setItem(key + ':sent', '1'); } catch (e) { /* ignore */ }
    });
    // A page shown after a successful save carries data-autosave-saved: the kept copy is no longer needed.
    if (form.hasAttribute('data-autosave-saved')) { localStorage.removeItem(key); }
  });
  // Live length counters for channel texts, counted the way each platform counts (X: a link is 23).
  document.querySelectorAll('textarea[data-limit]').forEach(function (area) {
    var counter = area.parentNode.querySelector('.counter');
    var limit = parseInt(area.getAttribute('data-limit'), 10);
    var x = area.getAttribute('data-channel') === 'X';
    function length() {
      var text = area.value;
      if (x) { text = text.replace(/https?:\/\/\S+/g, '12345678901234567890123'); }
      return Array.from(text).length;
    }
    function update() {
      if (!counter) { return; }
      var n = length();
      counter.textContent = n + '/' + limit;
      counter.classList.toggle('over', limit > 0 && n > limit);
    }
    area.addEventListener('input', update);
  });
}());
