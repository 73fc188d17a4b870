// A small WYSIWYG editor for story bodies: paragraphs, headings, bold, italic, lists, links and quotes. The
// textarea stays the form field (and the editor when JavaScript is off); the server sanitises whatever arrives.
(function () {
  'use strict';
  document.querySelectorAll('textarea[data-wysiwyg]').forEach(function (area) {
    var d = area.dataset;
    var labels = { toolbar: d.lToolbar, body: d.lBody, bold: d.lBold, italic: d.lItalic, heading: d.lHeading,
      paragraph: d.lParagraph, list: d.lList, numbered: d.lNumbered, quote: d.lQuote, link: d.lLink,
      unlink: d.lUnlink, linkPrompt: d.lLinkPrompt };
    var toolbar = document.createElement('div');
    toolbar.className = 'wysiwyg-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', labels.toolbar);
    var surface = document.createElement('div');
    surface.className = 'wysiwyg';
    surface.contentEditable = 'true';
    surface.setAttribute('role', 'textbox');
    surface.setAttribute('aria-multiline', 'true');
    surface.setAttribute('aria-label', labels.body);
    surface.innerHTML = area.value || '<p></p>';
    var commands = [
      ['bold', labels.bold, null], ['italic', labels.italic, null],
      ['formatBlock', labels.heading, 'h2'], ['formatBlock', labels.paragraph, 'p'],
      ['insertUnorderedList', labels.list, null], ['insertOrderedList', labels.numbered, null],
      ['formatBlock', labels.quote, 'blockquote'], ['createLink', labels.link, 'link'], ['unlink', labels.unlink, null]
    ];
    commands.forEach(function (c) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = c[1];
      button.addEventListener('click', function () {
        surface.focus();
        if (c[2] === 'link') {
          var url = window.prompt(labels.linkPrompt, 'https://');
          if (url && /^(https?:|mailto:)/i.test(url)) { document.execCommand('createLink', false, url); }
        } else {
          document.execCommand(c[0], false, c[2]);
        }
        sync();
      });
      toolbar.appendChild(button);
    });
    function sync() {
      area.value = surface.innerHTML;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }
    surface.addEventListener('input', sync);
    area.hidden = true;
    area.parentNode.insertBefore(toolbar, area);
    area.parentNode.insertBefore(surface, area);
    area.form.addEventListener('submit', sync);
  });
}());
