// Clicking the picture sets the focal point fields (in percent) and moves the mark; saving stays a plain form post.
(function () {
  'use strict';
  var frame = document.querySelector('[data-focal]');
  var form = document.querySelector('[data-focal-form]');
  if (!frame || !form) { return; }
  var mark = frame.querySelector('.focal-mark');
  mark.style.left = mark.getAttribute('data-x') + '%';
  mark.style.top = mark.getAttribute('data-y') + '%';
  frame.querySelector('img').addEventListener('click', function (event) {
    var box = event.target.getBoundingClientRect();
    var x = Math.round((event.clientX - box.left) * 1000 / box.width) / 10;
    var y = Math.round((event.clientY - box.top) * 1000 / box.height) / 10;
    form.querySelector('[name=x]').value = x;
    form.querySelector('[name=y]').value = y;
    mark.style.left = x + '%';
    mark.style.top = y + '%';
  });
}());
